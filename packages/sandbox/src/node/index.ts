export const ENTRY = 'node';
