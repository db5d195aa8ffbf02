/** What the public may see of a person: never a full phone number, never a full 公示 name. */

/** 13812345678 → 138****5678; landlines keep the area code; anything short is fully hidden. */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim()
  if (trimmed === '') return ''
  let digits = trimmed.replace(/\D/g, '')
  if (digits.length === 13 && digits.startsWith('86')) digits = digits.slice(2)
  if (digits.length === 11 && digits.startsWith('1'))
    return `${digits.slice(0, 3)}****${digits.slice(7)}`
  const dash = /^(0\d{2,3})[-\s]/.exec(trimmed)
  if (dash && digits.length >= 9) return `${dash[1]}-****${digits.slice(-4)}`
  if (digits.length >= 8) return `****${digits.slice(-4)}`
  return '****'
}

/** 张三明 → 张*明, 李四 → 李*, 欧阳小明 → 欧**明: the surname and last character stay readable. */
export function maskName(name: string): string {
  const chars = Array.from(name.trim())
  if (chars.length <= 1) return chars.join('')
  if (chars.length === 2) return `${chars[0]}*`
  return chars[0] + '*'.repeat(chars.length - 2) + chars[chars.length - 1]
}
