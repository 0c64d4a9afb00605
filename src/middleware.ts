/** Per-request helpers on Astro.locals: the page's locale, its strings `t` and absolute URLs (src/lib/routing/requestLocals.ts). */
import { defineMiddleware } from 'astro:middleware';
import { requestLocals } from './lib/routing/requestLocals';

export const onRequest = defineMiddleware((context, next) => {
  Object.assign(context.locals, requestLocals(context.url.pathname, context.site));
  return next();
});
