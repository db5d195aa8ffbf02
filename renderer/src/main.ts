import './styles/index.css'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { config as zodConfig } from 'zod'
import App from './App.vue'
import { installUiFont } from './fonts'
import { i18n } from './i18n'
import { createKioskRouter } from './router'
import { startLiveRefresh } from './stores/live'

// The contract's zod schemas come along with it; stop zod probing `new Function` (its JIT),
// which our CSP (script-src 'self', no 'unsafe-eval') refuses and reports as a console error.
zodConfig({ jitless: true })

const app = createApp(App)
app.use(createPinia())
app.use(createKioskRouter())
app.use(i18n)
document.title = i18n.global.t('app.title')
startLiveRefresh()
void installUiFont()
app.mount('#app')
