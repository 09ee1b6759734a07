export function writeCdnZip(root: string, file: string): Promise<void>;
