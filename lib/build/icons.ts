/**
 * The extension's icons (toolbar, extensions page, store listing): PNGs in public/icons, drawn by
 * scripts/icons/make.ts. wxt.config.ts declares them as the manifest's `icons` and the toolbar
 * button's `default_icon`.
 */
export const ICON_SIZES = [16, 32, 48, 128] as const;

export type IconSize = (typeof ICON_SIZES)[number];

/** The file under public/ (and in the built extension) for one size. */
export function iconPath(size: IconSize): string {
  return `icons/icon-${size}.png`;
}

/** `{ "16": "icons/icon-16.png", … }`, as the manifest's `icons` and `action.default_icon` take it. */
export function manifestIcons(): Record<string, string> {
  return Object.fromEntries(ICON_SIZES.map((size) => [String(size), iconPath(size)]));
}
