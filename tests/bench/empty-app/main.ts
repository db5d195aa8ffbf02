/** The benchmark's baseline: an empty Vue 3 app, built with the same Vite settings as the kiosk. */
import { createApp, h } from 'vue'

createApp({ render: () => h('main', { 'data-testid': 'empty-ready' }, 'ready') }).mount('#app')
