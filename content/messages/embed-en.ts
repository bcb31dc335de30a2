/**
 * The English strings of the embeds (`/embed/`, the "Embed this view" dialog) and of the
 * teachers' guide. Kept beside the main dictionary and spread into it, so `messages(lang)`
 * stays the one way to reach every string.
 */
const list = (values: readonly string[]) => values.map((v) => `“${v}”`).join(', ');

/** Rows of a small table (name and text; or parameter, values, default, meaning), typed as strings, not literals. */
export const pairs = (rows: readonly (readonly [string, string])[]) => rows;
export const quads = (rows: readonly (readonly [string, string, string, string])[]) => rows;

export const embedEn = {
  embed: {
    siteName: 'Framework Explorer',
    titleGraph: 'The framework as a graph',
    titleLocal: (label: string) => `“${label}” and the ideas around it`,
    titlePath: (a: string, b: string) => `From “${a}” to “${b}”`,
    titleMatrix: 'Governance measures against ethical challenges',
    titlePractice: 'Check yourself on the framework',
    titlePracticeTour: (tour: string) => `Check yourself: ${tour}`,
    questionsFailed: 'The questions could not be loaded here.',
    openPractice: 'Practise in the full site',
    openFull: 'Open in the full site',
    newTab: '(opens in a new tab)',
    loading: 'Loading the view…',
    noscript: 'This embedded view needs JavaScript.',
    problemsTitle: 'Part of this embed’s address could not be used, so a working default is shown:',
    expected: {
      'one-of': (values: readonly string[]) => `use one of ${list(values)}`,
      'list-of': (values: readonly string[]) => `use a comma-separated list of ${list(values)}`,
      node: () => 'use the id of an idea, as in the address of its page (for example “emergence”)',
      tour: (values: readonly string[]) => `use one of the tours ${list(values)}`,
      range: (min: number, max: number) => `use a whole number from ${min} to ${max}`,
      parameter: (values: readonly string[]) => `is not a parameter of embeds; they are ${list(values)}`,
      required: (view: string, instead: string) => `is needed for view=${view}; showing view=${instead} instead`,
      once: () => 'is given more than once; the first value is used',
    },
    empty: '(empty)',
    tourStepFailed: 'The text of this step could not be loaded here.',
    readStep: 'Read this step in the full site',
    matrixCaption:
      'Ethical challenges (rows, by level) against governance measures (columns). ● stated by the paper, ◐ inferred by the editors.',
    pathNone: 'No path connects these two ideas with the current filters.',
  },
  embedDialog: {
    button: 'Embed this view',
    title: 'Embed this view in a course page',
    intro:
      'Paste the snippet into your course page’s HTML editor, or give your platform the address. The view works inside sandboxed frames and needs no script on your page.',
    options: 'Options',
    lang: 'Language',
    height: 'Height (pixels)',
    theme: 'Colours',
    themes: { auto: 'Follow the reader’s system', light: 'Light', dark: 'Dark' },
    controls: 'Show the filter controls',
    list: 'Start with the list view',
    scroll: 'Zoom with the mouse wheel (the host page will not scroll over the graph)',
    url: 'Embed address',
    snippet: 'HTML snippet',
    copyUrl: 'Copy the address',
    copySnippet: 'Copy the snippet',
    copied: 'Copied to the clipboard.',
    copyFailed: 'Could not copy: select the text and copy it.',
    preview: 'Preview',
    previewTitle: (title: string) => `Preview: ${title}`,
    close: 'Close',
    fallback: (title: string) => `${title} — open it in the Framework Explorer`,
    platformsTitle: 'Where to paste it',
    platforms: pairs([
      [
        'Moodle',
        'Add a URL resource with the embed address and set Appearance → Display to “Embed”; or paste the snippet in a Page or Label with the editor’s HTML (source code) view.',
      ],
      [
        'Canvas',
        'In the Rich Content Editor open the HTML editor (</>) and paste the snippet; Canvas keeps iframes that use https.',
      ],
      [
        'Open edX',
        'In Studio add a Text component, choose Edit → HTML and paste the snippet (or use your course’s iframe tool with the address).',
      ],
      ['H5P', 'Create an “Iframe Embedder” content and enter the embed address as its source, with the same height.'],
      [
        'Any HTML page',
        'Paste the snippet. For a frame that grows with its content, also add the auto-height script shown in the teachers’ guide.',
      ],
    ]),
    guide: 'Teachers’ guide: every parameter and platform',
  },
  teach: {
    title: 'Teaching with the explorer',
    lead: 'Put a live view of the framework inside your course: one idea and its neighbours, the path between two ideas, a guided tour, or the measures-against-challenges matrix. A plain iframe is all your course page needs.',
    toc: 'On this page',
    viewsTitle: 'What you can embed',
    viewsIntro:
      'Each view is one address on this site, /embed/, with parameters that say what to show. Every example below is live: open it to see the view, or give its address to your platform.',
    views: {
      graph: [
        'The whole graph',
        'The framework as a graph, with optional filter controls; a reader can focus on an idea by selecting it.',
      ],
      local: [
        'An idea and its neighbours',
        'One idea at the centre with the ideas one to three steps away; set focus to the idea’s id (the last part of its page’s address).',
      ],
      path: [
        'A path between two ideas',
        'The shortest chains of links between two ideas, drawn and written out as a sentence, for example from a trait of general models to a limitation of governance.',
      ],
      tour: ['A guided tour', 'A tour with its own next and previous buttons, starting at any step.'],
      practice: [
        'Practice questions',
        'Questions one at a time with the paper’s words as feedback and a score; narrow them to a tour, a level or an idea. Nothing is stored in the frame.',
      ],
      matrix: [
        'The policy matrix',
        'Which governance measure addresses which ethical challenge, and where gaps remain; filter it to one or more levels.',
      ],
    },
    example: 'Example',
    howTitle: 'The quickest way: “Embed this view”',
    how: 'On the explorer, on every idea’s page, in each tour and on the matrix, the “Embed this view” button builds the address from what you are looking at, shows a live preview, and gives you the snippet to copy, with notes for your platform.',
    paramsTitle: 'Parameters',
    paramsIntro:
      'Parameters are optional unless a view needs them. A value that cannot be used never breaks the frame: it shows a short note naming the parameter and the values that would work, and a working default view.',
    colParam: 'Parameter',
    colValues: 'Values',
    colDefault: 'Default',
    colMeaning: 'What it does',
    params: quads([
      ['view', 'graph, local, path, tour, matrix, practice', 'graph', 'Which view to show.'],
      ['lang', 'en, zh', 'en', 'The language of the view.'],
      ['focus', 'an idea’s id', '—', 'The idea at the centre (needed for view=local; optional for view=graph).'],
      ['depth', '1, 2, 3', '1', 'How many steps around the focused idea to show.'],
      ['from, to', 'ideas’ ids', '—', 'The two ends of a path (needed for view=path).'],
      ['tour', 'a tour’s id', 'the first tour', 'Which tour to show (view=tour).'],
      ['step', '1 to the tour’s length', '1', 'The step a tour opens at.'],
      [
        'level',
        'algorithm, data, compute (one of these ids)',
        'all',
        'view=practice: only the questions on this level (with tour: the tour’s questions; without: every question).',
      ],
      ['node', 'an idea’s id', '—', 'view=practice: only the questions on this idea.'],
      [
        'kinds',
        'comma-separated kinds of idea, or none',
        'all but cited works',
        'Which kinds of idea the graph shows.',
      ],
      [
        'levels',
        'algorithm, data, compute (comma-separated), or none',
        'all',
        'Which levels of challenge the graph and the matrix show.',
      ],
      ['edges, stance', 'kinds of link; stated, inferred', 'all', 'Which links the graph shows (as in the explorer).'],
      ['layout', 'force, argument', 'force', 'Force-directed, or the argument read left to right.'],
      ['theme', 'auto, light, dark', 'auto', 'Colours; auto follows the reader’s system.'],
      ['controls', '0, 1', '0', 'Show the filter controls beside the graph.'],
      ['list', '0, 1', '0', 'Start with the accessible list view before the graph.'],
      [
        'scroll',
        '0, 1',
        '0',
        'Let the mouse wheel zoom the graph. Off by default so the course page scrolls normally; zoom buttons are always there.',
      ],
    ]),
    kindsNote: (kinds: string) => `The kinds of idea are ${kinds}.`,
    platformsTitle: 'On your platform',
    platformsIntro:
      'Course platforms remove scripts from pages and often wrap frames in a sandbox. The embeds are built for that: they need no script on your page, no cookies and no storage, and they work in a frame sandboxed with sandbox="allow-scripts".',
    platformNotes: pairs([
      [
        'Moodle',
        'Add an activity or resource → URL, paste the embed address, and under Appearance set Display to “Embed”. Or, in a Page, Label or Book chapter, switch the editor to its HTML (source code) view and paste the snippet. If your site’s administrators restrict iframes, the URL resource still works.',
      ],
      [
        'Canvas',
        'Edit a Page, open the HTML editor (the </> button under the Rich Content Editor) and paste the snippet. Canvas keeps iframes whose address uses https.',
      ],
      ['Open edX', 'In Studio, add a Text component to a unit, choose Edit and then HTML, and paste the snippet.'],
      [
        'H5P',
        'Create new content of type “Iframe Embedder”, enter the embed address as the source URL and the same height as the snippet.',
      ],
      [
        'WordPress and other oEmbed consumers',
        'Idea pages and tours announce an oEmbed description (a rich embed with the iframe). A platform that reads oEmbed discovery tags can embed a pasted link to such a page; where it does not, use the snippet.',
      ],
      ['Plain HTML', 'Paste the snippet anywhere in the body of your page.'],
    ]),
    sandboxNote:
      'If your platform adds a sandbox, also allowing allow-popups and allow-popups-to-escape-sandbox lets the “Open in the full site” link open a new tab.',
    heightTitle: 'Height that follows the content (optional)',
    height:
      'The snippet sets a fixed height, which always works. If your page may run a script, add this one line after the iframe and the frame grows and shrinks with its content:',
    heightMessage:
      'How it works: the embed posts a message to the page that frames it whenever its height changes. The script accepts it only from a frame of this site that it finds on your page. You can handle the message yourself:',
    linksTitle: 'Linking instead of embedding',
    links: 'Every idea, tour step and explorer view has a stable address you can put in a syllabus or slide:',
    linkRows: pairs([
      ['An idea’s page', '/en/nodes/emergence/'],
      ['A tour step', '/en/tours/paper-in-twelve-steps/?step=3'],
      ['The explorer focused on an idea', '/en/explore/?focus=emergence&depth=2'],
      ['A path in the explorer', '/en/explore/?from=emergence&to=bias'],
    ]),
    linksNote: 'Replace en with zh for the Chinese pages. The ids of ideas never change once published.',
    accessTitle: 'Accessibility',
    access:
      'Every embedded graph has a text alternative kept in step with it: a list of the ideas shown with their links, and a table of the links. Everything can be operated with the keyboard, and the frame’s title tells screen-reader users what it contains; keep the title attribute in your snippet.',
  },
};
