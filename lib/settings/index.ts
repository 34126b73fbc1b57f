/**
 * The agent's settings for extension pages (options, popup): model and validation (./schema),
 * changes (./edit), storage and change subscription (./store), team packs (./packs,
 * ./pack-import) and per-site access (./site-access). Content scripts use ./live directly.
 */
export * from './schema';
export * from './edit';
export * from './store';
export * from './packs';
export { preparePackImport, packFileTooLarge, type PackImport, type PackPreview } from './pack-import';
export { enabledSitePatterns, planSiteScript } from './site-access';
