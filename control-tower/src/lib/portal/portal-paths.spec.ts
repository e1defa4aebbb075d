import { describe, expect, it } from 'vitest';
import { homeFor, isSupplierPath } from './portal-paths.ts';

describe('where a supplier user may go', () => {
  it('is its portal and the sign-in page, nothing else', () => {
    for (const path of ['/portal', '/portal/purchase-orders/0199', '/portal/asns/new', '/sign-in']) expect({ path, allowed: isSupplierPath(path) }).toEqual({ path, allowed: true });
    for (const path of ['/', '/orders', '/purchasing/0199', '/portalx', '/kpi/supplier-ppm', '/sign-inx']) expect({ path, allowed: isSupplierPath(path) }).toEqual({ path, allowed: false });
  });

  it('lands a supplier user in its portal and everyone else on the dashboard', () => {
    expect(homeFor(['supplier'])).toBe('/portal');
    expect(homeFor(['buyer'])).toBe('/');
    expect(homeFor([])).toBe('/');
  });
});
