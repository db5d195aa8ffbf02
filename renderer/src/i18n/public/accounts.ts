/** The public word when a 监委 account was changed with no other 监委 member to confirm it. */
export const accountsMessages = {
  supervisorChange: {
    title: '监委账号已变更 {date}',
    text: '这次改动没有其他监委成员当场确认。请监委成员核对自己能否登录；有疑问请向乡镇反映。',
  },
}
