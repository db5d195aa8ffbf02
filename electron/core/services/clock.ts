/** The village's calendar day, from the core's clock (the kiosk runs in local, i.e. China, time). */

const pad = (n: number) => String(n).padStart(2, '0')

/** Today as an ISO date in the machine's local time, so 00:30 in 东台 is already the new day. */
export function localDate(now: Date): string {
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`
}
