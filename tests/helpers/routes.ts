/**
 * The URL promise of architecture.md: every route that must exist in every locale.
 * Written out by hand on purpose: these are the addresses newsletters link to.
 */
export const promisedRoutes = [
  '/',
  '/event/',
  '/districts/',
  '/districts/xuhui/',
  '/districts/changning/',
  '/districts/songjiang/',
  '/sites/caohejing-hi-tech-park/',
  '/sites/g60-corridor/',
  '/sites/beiyang-ai-town/',
  '/incentives/',
  '/incentives/ready-to-move-in-facilities/',
  '/incentives/rental-discounts/',
  '/incentives/tax-incentives/',
  '/incentives/special-funds/',
  '/service-bases/',
  '/service-bases/overseas-talent/',
  '/service-bases/alumni-entrepreneurship/',
  '/nev-platform/',
  '/stories/',
  '/stories/li-changhong/',
  '/stories/ding-yi/',
  '/stories/lyu-zhu/',
  '/search/',
] as const;
