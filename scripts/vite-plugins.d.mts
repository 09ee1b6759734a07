import type { Plugin } from 'vite';
export function stripMessageDescriptions(): Plugin;
export function minifyTemplateLiterals(): Plugin;
export function buildPlugins(): Plugin[];
export const buildTarget: string;
