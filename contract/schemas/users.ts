/** Cadre accounts, login and first-run setup as both sides see them; hashes never cross the boundary. */
import { z } from 'zod'
import { Id, Text } from './common'
import { isGuessablePin } from './guessable-pin'
import { Member, VillageProfile } from './village'

/** Who may do what: 录入 enters, 监委 signs off, 管理员 manages accounts and settings. */
export const UserRole = z.enum(['clerk', 'supervisor', 'admin'], { error: '请选择角色' })
export type UserRole = z.infer<typeof UserRole>

// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001F\u007F-\u009F\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/

/** A PIN or password: at least 6 characters, never trimmed (spaces count), no invisible characters. */
export const Password = z
  .string({ error: '请输入密码' })
  .min(6, '密码至少要 6 位')
  .max(64, '密码不能超过 64 位')
  .refine((s) => !CONTROL.test(s), { message: '密码含有不可见的字符，请重新输入' })

/** A PIN being set (a new account, a reset, a change, setup): not one a guesser tries first. */
export const NewPassword = Password.refine((s) => !isGuessablePin(s), {
  message: '这个密码太容易被人猜到（如 111111、123456、121212），请换一个',
})

/** The name a cadre logs in with: their own name, unique among accounts. */
export const UserName = Text(20, '姓名')

// Characters that draw nothing or only blank space (word joiner, soft hyphen, combining joiner,
// Hangul and Mongolian fillers, braille blank): a name holding one looks like another's.
const BLANK_LOOKING = /\p{Cf}|\u034f|\u17b4|\u17b5|[\u115f\u1160\u180e\u2800\u3164\uffa0]/u

/** A name given to an account: seen on the roster and under every answer and signature. */
export const NewUserName = UserName.refine((s) => !BLANK_LOOKING.test(s), {
  message: '姓名里有看不见的字符，请删去后重新输入',
})

/** Two names that look the same on the screen give the same key (spaces and blanks ignored). */
export function nameKey(name: string): string {
  return name
    .normalize('NFKC')
    .replace(/[\s\p{Cf}\u115f\u1160\u180e\u2800\u3164\uffa0]|\u034f|\u17b4|\u17b5/gu, '')
}

/** The logged-in cadre, as the UI shows them in its header. */
export interface SessionUser {
  id: string
  name: string
  role: UserRole
  /**
   * Set while the PIN is one an admin set (a new account, a reset): until its owner chooses
   * their own, the account may only change it or log out.
   */
  mustChoosePin?: true
}

/** One name button on the login screen: active accounts only. */
export interface RosterEntry {
  name: string
  role: UserRole
}

/** An account as the admin screen lists it: everything but the hash. */
export interface UserView extends SessionUser {
  active: boolean
  memberId?: string
  /** Set while the account is locked after too many wrong passwords. */
  lockedUntil?: string
  failedCount: number
}

export const LoginInput = z.object({ name: UserName, password: Password }).strict()

/** Creates (no id) or updates an account; a password given here replaces the old one. */
export const SaveUserInput = z
  .object({
    id: Id.optional(),
    name: NewUserName,
    role: UserRole,
    password: NewPassword.optional(),
    active: z.boolean().default(true),
    memberId: Id.optional(),
    /** Another current 监委 member's PIN: needed, on the same screen, to change 监委 accounts. */
    witness: z.object({ name: UserName, password: Password }).strict().optional(),
  })
  .strict()
  .refine((u) => u.id !== undefined || u.password !== undefined, {
    message: '新账号必须设置密码',
    path: ['password'],
  })
export type SaveUserInput = z.input<typeof SaveUserInput>

export const ChangePasswordInput = z
  .object({ current: Password, next: NewPassword })
  .strict()
  // Compared as the hash sees them: the same PIN written another way is the same PIN.
  .refine((p) => p.current.normalize('NFC') !== p.next.normalize('NFC'), {
    message: '新密码不能与原密码相同',
    path: ['next'],
  })

/** What the kiosk must do first: set up a real village, or it is showing the demo. */
export interface SetupStatus {
  needsSetup: boolean
  isDemo: boolean
  /**
   * 'township' when this app runs as the 乡镇汇总 console: the first screen is decided by this
   * one answer, so opening the app waits for a single question, not two in a row.
   */
  mode: 'kiosk' | 'township'
}

const SetupMember = Member.pick({ name: true, body: true, title: true }).strict()

/** First run: the village, its 两委 and 监委 members, and the first administrator. */
export const SetupInput = z
  .object({
    village: VillageProfile.pick({ name: true, township: true, county: true }).strict(),
    members: z.array(SetupMember).max(40, '人数过多'),
    admin: z.object({ name: NewUserName, password: NewPassword }).strict(),
  })
  .strict()
  .refine((s) => s.members.some((m) => m.body !== 'supervision'), {
    message: '请至少填写一位村党组织或村委会成员',
    path: ['members'],
  })
  .refine((s) => s.members.some((m) => m.body === 'supervision'), {
    message: '请至少填写一位村务监督委员会成员',
    path: ['members'],
  })
export type SetupInput = z.input<typeof SetupInput>
