/** Badges in a table cell show their whole label: the cell grows instead of the label being cut to "待…". */
export const UNCLIPPED = { root: { overflow: 'visible' }, label: { overflow: 'visible', textOverflow: 'clip' } } as const;
