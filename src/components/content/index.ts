import A11yValue from './A11yValue.astro';
import PartnerCitiesTable from './PartnerCitiesTable.astro';
import SectionLink from './SectionLink.astro';

/** Components MDX authors may use in any `.mdx` file under `content/` without importing them. */
export const contentComponents = { SectionLink, PartnerCitiesTable, A11yValue };
