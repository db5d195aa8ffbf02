/** 村干部: members by body with duties and office hours; the year-round duties. */
export const peopleMessages = {
  people: {
    title: '村干部',
    bodies: {
      party: '村党组织',
      committee: '村民委员会',
      supervision: '村务监督委员会',
    },
    duties: '分工：{duties}',
    officeHours: '坐班时间：{hours}',
    phone: '联系电话：{phone}',
    phoneNote: '电话号码只显示部分数字，完整号码请到村部询问。',
    none: '未填写',
    membersEmpty: '还没有登记村干部。',
    dutiesTitle: '常年工作',
    dutyStatus: '当前情况：{status}',
    dutyLast: '最近一次：{date}，{action}',
    dutyWho: '负责人：{name}（{title}）',
    dutyNobody: '负责人：暂未登记',
    dutiesEmpty: '还没有登记常年工作。',
  },
}
