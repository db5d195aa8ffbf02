import './styles/index.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import App from './App.vue'
import { installUiFont } from './fonts'
import { i18n } from './i18n'
import { createKioskRouter } from './router'
import { startLiveRefresh } from './stores/live'

const app = createApp(App)
app.use(createPinia())
app.use(createKioskRouter())
app.use(i18n)
document.title = i18n.global.t('app.title')
startLiveRefresh()
void installUiFont()
app.mount('#app')
