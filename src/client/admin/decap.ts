/**
 * The little of Decap CMS's browser API the editor page uses (https://decapcms.org/docs/custom-widgets/,
 * /docs/custom-formatters/): the bundle is a prebuilt script without types, loaded by editor.ts.
 */

/** An Immutable.js collection as Decap hands it to widgets: read with `get`/`getIn`, convert with `toJS`. */
export interface ImmutableLike {
  get(key: string): unknown;
  getIn(path: string[]): unknown;
  toJS(): unknown;
}

export interface WidgetProps {
  value: unknown;
  onChange(value: unknown): void;
  /** The entry being edited, every locale's draft included. */
  getEntry(): ImmutableLike;
  collection: ImmutableLike;
  /** The locale of the pane this control is in. */
  locale?: string;
  forID: string;
  classNameWrapper: string;
}

export interface WidgetState {
  reference?: string;
}

/** The `this` of a component made with Decap's `createClass`. */
export interface WidgetComponent {
  props: WidgetProps;
  state: WidgetState | null;
  setState(state: WidgetState): void;
}

export interface FileFormatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>): string;
}

export type Element = unknown;
export type CreateElement = (type: string, props: Record<string, unknown> | null, ...children: Array<Element | string>) => Element;

export interface DecapCms {
  init(): void;
  registerCustomFormat(name: string, extension: string, formatter: FileFormatter): void;
  registerWidget(name: string, control: unknown, preview?: unknown, schema?: unknown): void;
  /** A registered widget: its control, preview and the schema of its options. */
  getWidget(name: string): { control: unknown; preview?: unknown; schema?: unknown } | undefined;
  /** A `preSave` handler that throws stops the save; Decap shows its message. */
  registerEventListener(listener: { name: 'preSave'; handler: (event: { entry: ImmutableLike }) => undefined }): void;
}

export interface DecapWindow {
  CMS_MANUAL_INIT?: boolean;
  CMS?: DecapCms;
  h?: CreateElement;
  createClass?: (spec: ThisType<WidgetComponent> & Record<string, unknown>) => unknown;
}
