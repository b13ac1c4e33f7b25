/** English messages: the present namespace. Keys are grouped by component. */
export const present = {
};
