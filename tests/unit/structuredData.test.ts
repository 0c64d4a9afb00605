import { load } from 'cheerio';
import { describe, expect, it } from 'vitest';
import {
  articleLd,
  breadcrumbLd,
  districtLd,
  eventLd,
  graph,
  organizationLd,
  personLd,
  serializeJsonLd,
  siteLd,
  webPageLd,
  type EventLdInput,
} from '../../src/lib/structuredData';

// Example inputs only: placeholders, not the site's content.
const base = 'https://example.org';

/** Every path in `value` whose value is undefined or null, so a failure names the culprit. */
function emptyPaths(value: unknown, path = '$'): string[] {
  if (value === undefined || value === null) return [path];
  if (Array.isArray(value)) return value.flatMap((v, i) => emptyPaths(v, `${path}[${i}]`));
  if (typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => emptyPaths(v, `${path}.${k}`));
  return [];
}

const eventInput: EventLdInput = {
  url: `${base}/en/event/`,
  name: 'Gathering in Shanghai',
  description: 'Promotion event.',
  startDate: new Date('2024-09-25'),
  inLanguage: 'en',
  location: { name: 'Shanghai' },
  virtualLocations: [{ name: 'Nairobi' }, { name: 'Bangkok' }],
};
const event = () => eventLd(eventInput);

describe('eventLd', () => {
  it('is a scheduled mixed-attendance Event with a Place and VirtualLocations', () => {
    const ld = event();
    expect(ld).toEqual({
      '@type': 'Event',
      url: `${base}/en/event/`,
      name: 'Gathering in Shanghai',
      description: 'Promotion event.',
      startDate: '2024-09-25',
      inLanguage: 'en',
      eventAttendanceMode: 'https://schema.org/MixedEventAttendanceMode',
      eventStatus: 'https://schema.org/EventScheduled',
      location: [
        { '@type': 'Place', name: 'Shanghai' },
        { '@type': 'VirtualLocation', name: 'Nairobi' },
        { '@type': 'VirtualLocation', name: 'Bangkok' },
      ],
    });
  });

  it('emits the calendar day in UTC, as content dates (YYYY-MM-DD) are parsed, with no time of day', () => {
    const ld = eventLd({ ...eventInput, startDate: new Date('2024-09-25T23:59:59Z') });
    expect(ld.startDate).toBe('2024-09-25');
  });

  it('keeps optional fields that are given', () => {
    const ld = eventLd({
      ...eventInput,
      location: { name: 'Shanghai', address: 'Hongqiao' },
      organizerName: 'Organiser',
      image: `${base}/og/event.png`,
    });
    expect(ld).toMatchObject({
      location: [{ '@type': 'Place', name: 'Shanghai', address: 'Hongqiao' }, {}, {}],
      organizer: { '@type': 'Organization', name: 'Organiser' },
      image: `${base}/og/event.png`,
    });
  });

  it('claims no online audience when no livestream city is given', () => {
    const ld = eventLd({ ...eventInput, virtualLocations: [] });
    expect(ld.eventAttendanceMode).toBe('https://schema.org/OfflineEventAttendanceMode');
    expect(ld.location).toEqual([{ '@type': 'Place', name: 'Shanghai' }]);
  });
});

describe('districtLd and siteLd', () => {
  it('makes a district an AdministrativeArea inside the city', () => {
    const ld = districtLd({
      url: `${base}/en/districts/xuhui/`,
      name: 'Xuhui',
      alternateName: '徐汇区',
      description: 'A district.',
      containedInPlace: 'Shanghai',
    });
    expect(ld).toEqual({
      '@type': 'AdministrativeArea',
      url: `${base}/en/districts/xuhui/`,
      name: 'Xuhui',
      alternateName: '徐汇区',
      description: 'A district.',
      containedInPlace: { '@type': 'AdministrativeArea', name: 'Shanghai' },
    });
  });

  it('makes a site a Place inside its district', () => {
    const ld = siteLd({
      url: `${base}/en/sites/a-park/`,
      name: 'A park',
      description: 'A site.',
      containedInPlace: { name: 'Xuhui', url: `${base}/en/districts/xuhui/` },
      image: `${base}/og/a-park.png`,
    });
    expect(ld).toEqual({
      '@type': 'Place',
      url: `${base}/en/sites/a-park/`,
      name: 'A park',
      description: 'A site.',
      containedInPlace: { '@type': 'AdministrativeArea', name: 'Xuhui', url: `${base}/en/districts/xuhui/` },
      image: `${base}/og/a-park.png`,
    });
  });

  it('leaves out what is not given', () => {
    const ld = siteLd({ url: `${base}/en/sites/a-park/`, name: 'A park', description: 'A site.' });
    expect(Object.keys(ld).sort()).toEqual(['@type', 'description', 'name', 'url']);
  });
});

describe('organizationLd', () => {
  it('needs only a name', () => {
    expect(organizationLd({ name: 'A chamber of commerce' })).toEqual({ '@type': 'Organization', name: 'A chamber of commerce' });
  });

  it('keeps every field given', () => {
    const ld = organizationLd({
      url: `${base}/en/service-bases/a/`,
      name: 'A service base',
      alternateName: '服务基地',
      description: 'Helps investors.',
      parentOrganization: { name: 'A district government' },
      location: 'Hongqiao',
    });
    expect(ld).toEqual({
      '@type': 'Organization',
      url: `${base}/en/service-bases/a/`,
      name: 'A service base',
      alternateName: '服务基地',
      description: 'Helps investors.',
      parentOrganization: { '@type': 'Organization', name: 'A district government' },
      location: 'Hongqiao',
    });
  });
});

describe('personLd and articleLd', () => {
  const person = personLd({ name: 'A delegate', jobTitle: ['Director', 'Chair'], affiliation: organizationLd({ name: 'A company' }) });

  it('makes a Person with every job title', () => {
    expect(person).toEqual({
      '@type': 'Person',
      name: 'A delegate',
      jobTitle: ['Director', 'Chair'],
      affiliation: { '@type': 'Organization', name: 'A company' },
    });
    expect(personLd({ name: 'A delegate', jobTitle: [] })).toEqual({ '@type': 'Person', name: 'A delegate' });
  });

  it('makes an Article about the person, citing its sources', () => {
    const ld = articleLd({
      url: `${base}/en/stories/a-delegate/`,
      headline: 'A story',
      description: 'About a delegate.',
      inLanguage: 'zh-Hans',
      dateModified: new Date('2024-10-01'),
      about: person,
      publisherName: 'Gather in Shanghai',
      citations: [{ name: 'Event report', url: `${base}/report.pdf` }, { name: 'Fact sheet' }],
    });
    expect(ld).toEqual({
      '@type': 'Article',
      url: `${base}/en/stories/a-delegate/`,
      headline: 'A story',
      description: 'About a delegate.',
      inLanguage: 'zh-Hans',
      dateModified: '2024-10-01',
      about: person,
      publisher: { '@type': 'Organization', name: 'Gather in Shanghai' },
      citation: [
        { '@type': 'CreativeWork', name: 'Event report', url: `${base}/report.pdf` },
        { '@type': 'CreativeWork', name: 'Fact sheet' },
      ],
    });
  });

  it('emits no empty citation list', () => {
    const ld = articleLd({
      url: `${base}/en/stories/a-delegate/`,
      headline: 'A story',
      description: 'About a delegate.',
      inLanguage: 'en',
      dateModified: new Date('2024-10-01'),
      about: person,
      publisherName: 'Gather in Shanghai',
      citations: [],
    });
    expect(ld).not.toHaveProperty('citation');
  });
});

describe('breadcrumbLd', () => {
  it('numbers the trail from 1', () => {
    const ld = breadcrumbLd([
      { name: 'Home', url: `${base}/en/` },
      { name: 'Districts', url: `${base}/en/districts/` },
      { name: 'Xuhui', url: `${base}/en/districts/xuhui/` },
    ]);
    expect(ld).toEqual({
      '@type': 'BreadcrumbList',
      itemListElement: [
        { '@type': 'ListItem', position: 1, name: 'Home', item: `${base}/en/` },
        { '@type': 'ListItem', position: 2, name: 'Districts', item: `${base}/en/districts/` },
        { '@type': 'ListItem', position: 3, name: 'Xuhui', item: `${base}/en/districts/xuhui/` },
      ],
    });
  });
});

describe('webPageLd', () => {
  it('makes a WebPage that is part of the WebSite', () => {
    const ld = webPageLd({
      url: `${base}/zh-hant/districts/`,
      name: '區',
      description: '三個區',
      inLanguage: 'zh-Hant',
      isPartOf: { name: 'Gather in Shanghai', url: `${base}/zh-hant/` },
    });
    expect(ld).toEqual({
      '@type': 'WebPage',
      url: `${base}/zh-hant/districts/`,
      name: '區',
      description: '三個區',
      inLanguage: 'zh-Hant',
      isPartOf: { '@type': 'WebSite', name: 'Gather in Shanghai', url: `${base}/zh-hant/` },
    });
  });
});

describe('URLs', () => {
  it('refuses relative and non-http URLs, naming the field', () => {
    expect(() => breadcrumbLd([{ name: 'Home', url: '/en/' }])).toThrow(/BreadcrumbList\.itemListElement\[0\]\.item: "\/en\/"/);
    expect(() => organizationLd({ name: 'X', url: 'javascript:alert(1)' })).toThrow(/Organization\.url/);
    expect(() => eventLd({ ...eventInput, image: 'og/event.png' })).toThrow(/Event\.image/);
  });
});

describe('graph', () => {
  it('wraps nodes with the schema.org context', () => {
    const nodes = [event(), breadcrumbLd([{ name: 'Home', url: `${base}/en/` }])];
    expect(graph(nodes)).toEqual({ '@context': 'https://schema.org', '@graph': nodes });
  });
});

describe('serializeJsonLd', () => {
  const attack = '</script><script>alert(1)</script>';
  const everything = () =>
    graph([
      eventLd({ ...eventInput, description: `${attack} & <!-- \u2028\u2029` }),
      districtLd({ url: `${base}/en/districts/xuhui/`, name: 'Xuhui', description: 'A district.', containedInPlace: 'Shanghai' }),
      siteLd({ url: `${base}/en/sites/a-park/`, name: 'A park', description: 'A site.' }),
      organizationLd({ name: 'A service base' }),
      articleLd({
        url: `${base}/en/stories/a/`,
        headline: 'A story',
        description: 'About a delegate.',
        inLanguage: 'en',
        dateModified: new Date('2024-10-01'),
        about: personLd({ name: 'A delegate', jobTitle: [] }),
        publisherName: 'Gather in Shanghai',
        citations: [{ name: 'Fact sheet' }],
      }),
      breadcrumbLd([{ name: 'Home', url: `${base}/en/` }]),
      webPageLd({
        url: `${base}/en/`,
        name: 'Home',
        description: 'Home.',
        inLanguage: 'en',
        isPartOf: { name: 'Site', url: `${base}/en/` },
      }),
    ]);

  it('round-trips through JSON.parse to the same object', () => {
    const value = everything();
    expect(JSON.parse(serializeJsonLd(value))).toEqual(value);
  });

  it('cannot close the script element, whatever the content says', () => {
    const json = serializeJsonLd(graph([eventLd({ ...eventInput, description: attack })]));
    expect(json).toContain('\\u003c/script\\u003e\\u003cscript\\u003ealert(1)\\u003c/script\\u003e');
    expect(json).not.toMatch(/[<>&\u2028\u2029]/);

    // What a browser would do with it: parse the page, find one script, read its text back.
    const page = (body: string) => load(`<!doctype html><html><head><script type="application/ld+json">${body}</script></head></html>`);
    const $ = page(json);
    expect($('script')).toHaveLength(1);
    // The control: plain JSON.stringify lets the content open a second script.
    expect(page(JSON.stringify({ description: attack }))('script').length).toBeGreaterThan(1);
    expect(JSON.parse($('script').text())).toMatchObject({ '@graph': [{ description: attack }] });
  });

  it('escapes &, > and the JavaScript line separators as \\u escapes', () => {
    expect(serializeJsonLd(graph([organizationLd({ name: 'a & b > c \u2028\u2029' })]))).toContain('a \\u0026 b \\u003e c \\u2028\\u2029');
  });

  it('leaves no undefined or null anywhere: absent optional fields are dropped', () => {
    const value = everything();
    expect(emptyPaths(value)).toEqual([]);
    expect(serializeJsonLd(value)).not.toMatch(/null|undefined/);
  });
});
