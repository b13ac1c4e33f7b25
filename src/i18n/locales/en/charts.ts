/** English messages: the charts namespace. Keys are grouped by component. */
export const charts = {
};
