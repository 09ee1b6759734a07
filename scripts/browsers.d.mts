export function chromePath(): string | undefined;
export function firefoxPath(): string | undefined;
export const chromeArgs: string[];
