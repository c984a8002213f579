/** Public formatting API (issue 9): what Out-Default, Out-String and the Format-* cmdlets print. */
export { formatValues, outString, outStringStream, formatLines, outDefaultWidth, OutDefaultFormatter, OutDefaultSession, DEFAULT_WIDTH, PROPERTY_COUNT_FOR_TABLE, type OutputOptions, type OutputChunk } from './out-default';
export { formatList, formatTable, formatWide, formatCustom } from './api';
export { listRecords, tableRecords, wideRecords, customRecords, type ListSpec, type TableSpec, type WideSpec, type CommonFormatSpec } from './producers';
export { renderRecords, RecordRenderer } from './render';
export { FormatRecordValue, isFormatRecord, type FormatRecord, type ColumnInfo } from './records';
export { registerView, registerDefaultDisplayProperties, unregisterView, findView, type ViewDefinition, type ViewProperty, type Alignment } from './views';
export type { CalculatedProperty, PropertyRef } from './properties';
export { displayString, longDateTime, DEFAULT_ENUMERATION_LIMIT } from './display';
export { cellWidth } from './cells';
export { renderErrorConcise, renderParseError, renderStreamMessage, ANSI, type ErrorViewInput, type RenderOptions, type StreamKind } from './error-view';
export { outDefaultToHost, errorViewOf, renderErrorRecord } from './session';
