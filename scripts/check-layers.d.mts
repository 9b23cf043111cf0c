/** The layer of each folder under src/ (STYLE.md). */
export declare const LAYERS: Readonly<Record<string, number>>;
/** Problems found under `src` (absolute path): imports that point up or sideways, unknown folders. */
export declare function checkLayers(src: string): string[];
