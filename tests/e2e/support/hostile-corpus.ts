/**
 * Text that has broken other kiosks and web apps: markup and script, template syntax,
 * direction overrides, invisible characters, a 10,000-character run, and the personal
 * numbers that must never be shown in full. Each knows whether the API must refuse it.
 */

/**
 * Why the API must refuse a text whatever the field: invisible characters or marks piled on
 * one letter ('control'), or a personal number on a public record. Length is judged per field
 * (its schema's maximum).
 */
export type Refusal = 'control' | 'personal-number' | null

export interface Hostile {
  name: string
  text: string
  /** What a write method must do with it (null: accept, or refuse in plain words). */
  refuse: Refusal
}

/** Set by any payload that manages to run; must stay undefined. */
export const CANARY = '__pwned'

export const HOSTILE: readonly Hostile[] = [
  { name: 'script tag', text: `<script>window.${CANARY}=1</script>修路`, refuse: null },
  { name: 'img onerror', text: `<img src=x onerror="window.${CANARY}=2">水泥款`, refuse: null },
  {
    name: 'event attribute',
    text: `" autofocus onfocus="window.${CANARY}=3" x="村务`,
    refuse: null,
  },
  { name: 'javascript url', text: `javascript:window.${CANARY}=4//公告`, refuse: null },
  {
    name: 'vue template',
    text: `{{ constructor.constructor('window.${CANARY}=5')() }} 会议`,
    refuse: null,
  },
  { name: 'svg onload', text: `<svg/onload=window.${CANARY}=6>低保`, refuse: null },
  { name: 'rtl override', text: '村委会\u202E款付预\u202C收入', refuse: 'control' },
  { name: 'zero width', text: '修\u200B路\u200D工\uFEFF程', refuse: 'control' },
  {
    // One letter under 199 combining marks: a single unbreakable character 200 units long
    // ("Zalgo"), drawn as a row of boxes or a tall smear, that no line can wrap.
    name: 'stacked marks',
    text: `村务a${'\u030d\u0304\u0305\u033f'.repeat(50).slice(0, 199)}公开`,
    refuse: 'control',
  },
  { name: 'ten thousand', text: '长'.repeat(10_000), refuse: null },
  { name: 'unbroken ascii', text: 'W'.repeat(60), refuse: null },
  { name: 'id number', text: '身份证号110101199003077777请核对', refuse: 'personal-number' },
  { name: 'id number x', text: '11010119900307777X', refuse: 'personal-number' },
  { name: 'mobile', text: '联系电话13812345678', refuse: 'personal-number' },
  { name: 'bank 16', text: '卡号6222021234567890', refuse: 'personal-number' },
  { name: 'bank 19', text: '6217003810012345678发放补贴', refuse: 'personal-number' },
  { name: 'emoji family', text: '👨‍👩‍👧‍👦村民代表会议', refuse: null },
]

/** Unmasked personal numbers as a screen could show them. */
export const PERSONAL_NUMBER_PATTERNS: ReadonlyArray<[string, RegExp]> = [
  ['18-digit ID', /(?<![0-9])\d{17}[\dXx](?![0-9])/],
  ['11-digit mobile', /(?<![0-9])1[3-9]\d{9}(?![0-9])/],
  ['16–19-digit card', /(?<![0-9])\d{16,19}(?![0-9])/],
]
