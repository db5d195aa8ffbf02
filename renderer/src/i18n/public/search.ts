/** 搜索: the box, the on-screen keyboard and the grouped results. */
export const searchMessages = {
  search: {
    title: '搜索',
    label: '要查找的内容',
    placeholder: '用下面的键盘输入拼音，例如 xl',
    help: '可以输入拼音首字母（如 xl 查“修路”）、完整拼音（如 xiulu）或数字。',
    keyBackspace: '删除',
    keyClear: '全部清空',
    suggestTitle: '常用词，点一下直接查',
    /** Separated by 、; each becomes a button that searches that word. */
    suggestWords: '修路、低保、医保、补贴、鱼塘',
    found: '找到 {count} 条',
    more: '还有 {count} 条没有列出，请多输入几个字母缩小范围。',
    emptyTitle: '没有找到“{q}”相关的内容',
    emptyHelp:
      '可以试试：少输入几个字母，或换成拼音首字母（修路 输入 xl）；也可以回首页按栏目查看。找不到的内容，可以到村委会办公室询问。',
    idle: '输入后，结果会按栏目显示在这里。',
    sections: {
      ledger: '财务账目',
      budget: '财务计划',
      assets: '资产资源合同',
      debts: '债权债务',
      distributions: '收益分配',
      specials: '专项公开',
      projects: '项目进度',
      matters: '四议两公开',
      meetings: '会议记录',
      notices: '公示公告',
      people: '村干部',
    },
  },
}
