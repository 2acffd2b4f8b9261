/** The lists that export and the formats they export to (kept apart from their columns so events can name them). */
export const LIST_NAMES = ['applications', 'checkins', 'notices', 'audit', 'units', 'badges'] as const;
export type ListName = (typeof LIST_NAMES)[number];

export const EXPORT_FORMATS = ['xlsx', 'csv'] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
