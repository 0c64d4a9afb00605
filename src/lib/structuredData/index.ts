// JSON-LD builders: plain data in, schema-dts objects out; wrap with graph(), print with serializeJsonLd().
export { articleLd, personLd, type ArticleLdInput, type PersonLdInput } from './article';
export { breadcrumbLd } from './breadcrumb';
export { eventLd, type EventLdInput } from './event';
export { graph, type GraphNode } from './graph';
export { organizationLd, type OrganizationLdInput } from './organization';
export { districtLd, siteLd, type DistrictLdInput, type SiteLdInput } from './place';
export { serializeJsonLd } from './serialize';
export { webPageLd, type WebPageLdInput } from './webPage';
