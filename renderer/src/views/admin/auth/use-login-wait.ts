import { call } from '../../../api'
import { useScreenWait } from '../../../composables/use-screen-wait'

/**
 * After wrong PINs core makes this screen wait (for every account); the login screen counts it
 * down (请等 N 秒再试) and holds the 登录 key.
 */
export const useLoginWait = () => useScreenWait(() => call('auth.loginWait', {}))
