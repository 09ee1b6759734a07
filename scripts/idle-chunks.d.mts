/** See idle-chunks.mjs. */
export declare const IDLE_CHUNKS: RegExp;
