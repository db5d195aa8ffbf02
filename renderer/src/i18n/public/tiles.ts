/** The home tiles of the sections added with the full kiosk (merged into zh-CN's `tiles`). */
export const sectionTiles = {
  projects: { title: '项目进度', hint: '修路、建房等项目做到哪一步了' },
  matters: { title: '四议两公开', hint: '村里大事怎么商量、怎么表决的' },
  meetings: { title: '会议记录', hint: '党员大会、村民代表会议的纪要' },
  notices: { title: '公示公告', hint: '通知、政策和低保补贴公示' },
  people: { title: '村干部', hint: '谁负责什么，什么时候在村部' },
  search: { title: '搜索', hint: '输入拼音，例如 xl 查“修路”' },
}
