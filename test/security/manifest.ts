/**
 * Every element, attribute and public writable property, read from custom-elements.json (generated
 * by `npm run analyze`), so the hostile-input, fuzz and leak tests cover what is added later.
 */
import manifest from '../../custom-elements.json';

export interface ApiMember {
  name: string;
  /** The type as the analyzer read it, e.g. `string`, `number | undefined`, `'lazy' | 'eager'`. */
  type: string;
}

export interface ElementApi {
  tag: string;
  attributes: ApiMember[];
  properties: ApiMember[];
  /** Slot names; '' is the default slot. */
  slots: string[];
}

interface ManifestMember {
  kind: string;
  name: string;
  static?: boolean;
  privacy?: string;
  readonly?: boolean;
  type?: { text?: string };
}

interface ManifestDeclaration {
  tagName?: string;
  customElement?: boolean;
  attributes?: { name: string; type?: { text?: string } }[];
  members?: ManifestMember[];
  slots?: { name: string }[];
}

const declarations = (manifest.modules as { declarations?: unknown[] }[]).flatMap(
  (module) => (module.declarations ?? []) as ManifestDeclaration[],
);

export const elements: readonly ElementApi[] = declarations
  .filter((declaration) => declaration.customElement && declaration.tagName)
  .map((declaration) => ({
    tag: declaration.tagName!,
    attributes: (declaration.attributes ?? []).map((attribute) => ({
      name: attribute.name,
      type: attribute.type?.text ?? 'string',
    })),
    properties: (declaration.members ?? [])
      .filter(
        (member) =>
          member.kind === 'field' &&
          !member.static &&
          !member.readonly &&
          (member.privacy ?? 'public') === 'public' &&
          !member.name.startsWith('_'),
      )
      .map((member) => ({ name: member.name, type: member.type?.text ?? 'string' })),
    slots: (declaration.slots ?? []).map((slot) => slot.name),
  }));

/**
 * A context that lets every member take effect: the attributes an element needs for the rest of
 * its template to render (a figure's image for `alt`, a byline's dates for `time-zone`…) and the
 * light DOM it expects. Elements not listed here are tested bare.
 */
export const contexts: Record<string, { attributes: Record<string, string>; children: string }> = {
  'press-article': { attributes: { id: 'hostile-article' }, children: '<p>Body text.</p>' },
  'press-header': {
    attributes: { kicker: 'Section', headline: 'Headline', standfirst: 'Lead.', level: '2' },
    children: '',
  },
  'press-figure': {
    attributes: {
      src: 'data:image/gif;base64,R0lGODlhAQABAAAAACw=',
      width: '3',
      height: '2',
      alt: 'Alt text',
      caption: 'Caption',
      credit: 'Credit',
      loading: 'eager',
    },
    children: '',
  },
  'press-byline': {
    attributes: {
      author: 'Author',
      source: 'Agency',
      published: '2017-03-02T09:15:00+07:00',
      updated: '2017-03-03T10:00:00+07:00',
      'time-zone': 'Asia/Ho_Chi_Minh',
    },
    children: '',
  },
  'press-a11y-toolbar': { attributes: { for: 'hostile-article' }, children: '' },
};
