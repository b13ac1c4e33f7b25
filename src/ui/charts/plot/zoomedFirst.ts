/**
 * Where a chart whose value axis the reader may zoom to its lines (the poverty
 * fan's "Zoom the axis to the lines") starts, when the reader has not chosen.
 *
 * On screen, from zero: the gap between two lines is drawn to scale, and the
 * box is there to tick. On paper (views/ReportView) there is no box to tick,
 * and on a 0–25% axis the scenarios' poverty lines, a point or two apart,
 * printed as one line: what a report is read for is the difference between
 * them. So the printed report starts zoomed, as a statistical report would,
 * with the axis marked as broken and the note saying it does not start at 0.
 * So do slides (present/Slide): from the back of a room the lines were one.
 *
 * Only the first value of the one choice the chart keeps (ui/memory): a
 * choice the reader made in the Overlaid view, either way, is printed as left.
 */
import { createContext } from 'react';

export const ZoomedFirst = createContext(false);
