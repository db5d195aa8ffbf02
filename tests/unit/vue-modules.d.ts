/**
 * Some modules under test name screens lazily (`() => import('./X.vue')`, the router's door to
 * the cadre workspace): the Node program types such a file as a component, as vue-tsc does.
 */
declare module '*.vue' {
  import type { Component } from 'vue'
  const component: Component
  export default component
}
