import type { EventLeaf, PlaceLeaf, VirtualLocationLeaf } from 'schema-dts';
import { isoDate } from '../formatDate';
import { requireAbsoluteUrl, optionalAbsoluteUrl } from './checkedUrl';
import { compact } from './compact';

export interface EventLdInput {
  url: string;
  name: string;
  description: string;
  /** Only the calendar day is known, so it is emitted as `YYYY-MM-DD`, never with a made-up time. */
  startDate: Date;
  /** BCP 47 tag of the page the markup sits on. */
  inLanguage: string;
  /** Where the audience gathered (Shanghai). */
  location: { name: string; address?: string };
  /** Cities that followed the livestream. Names only: we have no stream URL to give. */
  virtualLocations: ReadonlyArray<{ name: string }>;
  organizerName?: string;
  image?: string;
}

export function eventLd(input: EventLdInput): EventLeaf {
  const place = compact<PlaceLeaf>({ '@type': 'Place', name: input.location.name, address: input.location.address });
  const virtual = input.virtualLocations.map((v): VirtualLocationLeaf => ({ '@type': 'VirtualLocation', name: v.name }));
  return compact<EventLeaf>({
    '@type': 'Event',
    url: requireAbsoluteUrl(input.url, 'Event.url'),
    name: input.name,
    description: input.description,
    startDate: isoDate(input.startDate),
    inLanguage: input.inLanguage,
    // "Mixed" claims an online audience; with no livestream city given, that would be invented.
    eventAttendanceMode:
      virtual.length > 0 ? 'https://schema.org/MixedEventAttendanceMode' : 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: 'https://schema.org/EventScheduled',
    location: [place, ...virtual],
    organizer: input.organizerName === undefined ? undefined : { '@type': 'Organization', name: input.organizerName },
    image: optionalAbsoluteUrl(input.image, 'Event.image'),
  });
}
