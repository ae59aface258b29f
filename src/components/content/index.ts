import type { ContentComponentName } from '../../lib/markdown/mdx-policy';
import A11yValue from './A11yValue.astro';
import PartnerCitiesTable from './PartnerCitiesTable.astro';
import PrivacyValue from './PrivacyValue.astro';
import SectionLink from './SectionLink.astro';

/**
 * Components MDX authors may use in any `.mdx` file under `content/pages/` without importing them. The names are
 * declared in `allowedContentComponents` (src/lib/markdown/mdx-policy.ts), which the build and the content
 * validator enforce; `satisfies` keeps the two lists equal.
 */
export const contentComponents = { SectionLink, PartnerCitiesTable, A11yValue, PrivacyValue } satisfies Record<
  ContentComponentName,
  unknown
>;
