import { expect } from '@open-wc/testing';
describe('probe', () => {
  it('inline css', async () => {
    const mod = await import('leaflet/dist/leaflet.css?inline');
    expect(typeof mod.default).to.equal('string');
  });
});
