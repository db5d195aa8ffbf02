import { defineStore } from 'pinia'
import type { SpecialKind } from '../../../contract'
import { call } from '../api'
import { useRemote } from './remote'

/** 财务公开's other pages: 财务计划, 资产资源合同, 债权债务, 收益分配, 专项公开. */
export const useFinanceSectionsStore = defineStore('finance-sections', () => {
  const budget = useRemote((year: number | null) => call('finance.budget', year ? { year } : {}))
  const assets = useRemote(() => call('finance.assets', {}))
  const debts = useRemote(() => call('finance.debts', {}))
  const distributions = useRemote(() => call('finance.distributions', {}))
  const specials = useRemote((kind: SpecialKind | null) =>
    call('finance.specials', kind ? { kind } : {}),
  )
  const special = useRemote((id: string) => call('finance.special', { id }))
  let budgetYear: number | null = null
  let specialKind: SpecialKind | null = null

  async function openSpecial(id: string): Promise<void> {
    if (special.data.value?.id !== id) special.clear()
    await special.load(id)
  }

  async function refresh(): Promise<void> {
    const jobs: Promise<void>[] = []
    if (budget.data.value) jobs.push(budget.load(budgetYear))
    if (assets.data.value) jobs.push(assets.load())
    if (debts.data.value) jobs.push(debts.load())
    if (distributions.data.value) jobs.push(distributions.load())
    if (specials.data.value) jobs.push(specials.load(specialKind))
    if (special.data.value) jobs.push(special.load(special.data.value.id))
    await Promise.all(jobs)
  }

  // Flat refs, as every store here exposes them (Pinia unwraps them for the views).
  const expose = <T, A extends unknown[]>(r: ReturnType<typeof useRemote<T, A>>) =>
    [r.data, r.loading, r.error] as const
  const [budgetData, budgetLoading, budgetError] = expose(budget)
  const [assetsData, assetsLoading, assetsError] = expose(assets)
  const [debtsData, debtsLoading, debtsError] = expose(debts)
  const [distData, distLoading, distError] = expose(distributions)
  const [specialsData, specialsLoading, specialsError] = expose(specials)
  const [specialData, specialLoading, specialError] = expose(special)

  return {
    budget: budgetData,
    budgetLoading,
    budgetError,
    assets: assetsData,
    assetsLoading,
    assetsError,
    debts: debtsData,
    debtsLoading,
    debtsError,
    distributions: distData,
    distributionsLoading: distLoading,
    distributionsError: distError,
    specials: specialsData,
    specialsLoading,
    specialsError,
    special: specialData,
    specialLoading,
    specialError,
    loadAssets: () => assets.load(),
    loadDebts: () => debts.load(),
    loadDistributions: () => distributions.load(),
    loadBudget: (year: number | null) => budget.load((budgetYear = year)),
    loadSpecials: (kind: SpecialKind | null) => specials.load((specialKind = kind)),
    openSpecial,
    refresh,
  }
})
