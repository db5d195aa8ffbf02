import './styles/index.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { installUiFont } from './fonts'
import { t } from './i18n'
import { createKioskRouter } from './router'
import { useAuthStore } from './stores/auth'
import { useHomeStore } from './stores/home'
import { startLiveRefresh } from './stores/live'

const app = createApp(App)
app.use(createPinia())
// The first screen's questions go out together, not one after another: the route guard's
// setup check and, when the kiosk opens on its home, the home summary (the guard and the home
// screen then wait for these same answers).
void useAuthStore().setupStatus()
if (['', '#', '#/'].includes(location.hash)) useHomeStore().prefetch()
app.use(createKioskRouter())
document.title = t('app.title')
startLiveRefresh()
void installUiFont()
app.mount('#app')
