/**
 * Named zones an official channel can apply to, besides all of Shanghai or a district: areas that
 * reach across district lines. Each has a UI string `zones.<id>` naming it in every locale.
 */
export const zones = ['hongqiao-cbd'] as const;
