import type { NetworkSummary } from '@netvaerk/shared/domain/repository';
import type { SiteDto } from '@netvaerk/shared/api/api-types';

/**
 * The network site: stories and approved anchoring recommendations of networks whose publication the director
 * approved. Readable by any signed-in user of an allowed tenant; nothing else of the network is included.
 */
export function siteView(all: NetworkSummary[]): SiteDto {
  const published = all.filter((n) => n.publication && n.phase === 'closed');
  return {
    networks: published
      .sort((a, b) => (a.publication!.at < b.publication!.at ? 1 : -1))
      .map((n) => ({
        id: n.id,
        name: n.name,
        type: n.type,
        period: n.period,
        publishedAt: n.publication!.at,
        stories: (n.closing?.stories ?? []).map((s) => ({
          id: s.id,
          title: s.title,
          value: s.value,
          forWhom: s.forWhom,
          by: s.by.by.name,
          at: s.by.at,
        })),
        recommendations: (n.anchoring?.recommendations ?? [])
          .filter((r) => r.approved)
          .map((r) => ({
            id: r.id,
            text: r.text,
            path: r.path.kind === 'lineOrganisation' ? 'lineOrganisation' : r.path.body,
          })),
      })),
  };
}
