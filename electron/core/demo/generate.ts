/** The demo village's entry point: generate it from a seed, or load it into an empty store. */
export { generateDemoVillage } from './village'
export type { DemoOptions, DemoVillage } from './village'
export { demoChanges, loadDemoVillage } from './load'
export type { DemoLoadReport, LoadDemoOptions } from './load'
