import { setCustomElementsManifest } from '@storybook/web-components';
import type { Preview } from '@storybook/web-components-vite';
import manifest from '../custom-elements.json';

// Autodocs read attributes, properties, events, slots, parts and custom
// properties from the same manifest the package ships.
setCustomElementsManifest(manifest);

const preview: Preview = {
  tags: ['autodocs'],
  parameters: {
    a11y: { test: 'error' },
    controls: { expanded: true },
    layout: 'padded',
    options: {
      storySort: {
        order: [
          'Introduction',
          'Elements',
          'Theming',
          'Guides',
          [
            'For editors', 'Publishing a feed', 'The feed format', 'Other feed formats', 'Schedules', 'Default content',
            'Theming', 'Analytics', 'Languages', 'Accessibility statement', 'Privacy statement', 'Performance',
          ],
        ],
      },
    },
  },
};

export default preview;
