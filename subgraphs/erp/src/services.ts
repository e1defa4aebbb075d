export { createItem } from './item/item.service.ts';
export { setBillOfMaterials } from './bill-of-materials/bill-of-materials.service.ts';
export { createSite } from './site/site.service.ts';
