import './styles/index.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { showFirstScreenWhen } from './first-screen'
import { installUiFont } from './fonts'
import { t } from './i18n'
import { createKioskRouter } from './router'
import { useAuthStore } from './stores/auth'
import { useHomeStore } from './stores/home'
import { startLiveRefresh } from './stores/live'
import { useSupervisorChangeStore } from './stores/supervisor-change'
import { useSystemStore } from './stores/system'
import { useVillageStore } from './stores/village'

const app = createApp(App)
app.use(createPinia())
// The first screen's questions go out together, not one after another: the route guard's
// setup check, the frame's village name and checkpoint, and, when the kiosk opens on its home,
// the home summary and the 监委 change note (the guard and the screens then use these answers).
const onHome = ['', '#', '#/'].includes(location.hash)
const firstAnswers: Array<Promise<unknown>> = [
  useAuthStore().setupStatus(),
  useVillageStore().refresh(),
  useSystemStore().refresh(),
]
if (onHome) firstAnswers.push(useHomeStore().prefetch(), useSupervisorChangeStore().refresh())
const router = createKioskRouter()
app.use(router)
document.title = t('app.title')
startLiveRefresh()
app.mount('#app')
// Whether the system has the UI font is asked once the first screen is up (1–2 ms here): where
// it is missing, the shipped font takes longer than that to come in anyway.
void showFirstScreenWhen([router.isReady(), ...firstAnswers]).then(installUiFont)
