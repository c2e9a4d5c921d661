import { allowedSlice, cleanPastedHtml } from '@cocon/shared';
import { Extension } from '@tiptap/core';
import { Plugin, PluginKey, TextSelection } from '@tiptap/pm/state';
import { ACCEPTED_IMAGE_TYPES } from './uploadImage';

const imageFiles = (data: DataTransfer | null) => [...(data?.files ?? [])].filter((file) => ACCEPTED_IMAGE_TYPES.includes(file.type));

/**
 * What comes in from outside: HTML pasted or dropped from Word, LibreOffice or a web page is cleaned to the document
 * schema and its content rules; an image file pasted or dropped goes to `onImageFile` (which asks its description
 * and uploads it).
 */
export function pasteAndDrop(onImageFile: (file: File) => void) {
  return Extension.create({
    name: 'pasteAndDrop',
    addProseMirrorPlugins() {
      const parser = new DOMParser();
      return [
        new Plugin({
          key: new PluginKey('pasteAndDrop'),
          props: {
            transformPastedHTML: (html) => cleanPastedHtml(html, parser),
            // Once read by the schema: attributes as the shared rules allow them (a link's class or target from
            // the page it came from is dropped), so that the server never has to refuse what was pasted.
            transformPasted: (slice, view) => allowedSlice(slice, view.state.schema),
            handlePaste: (_view, event) => {
              const [file] = imageFiles(event.clipboardData);
              // Word and web pages put a picture of the selection next to its HTML: the HTML is what was meant.
              if (!file || event.clipboardData?.types.includes('text/html')) return false;
              onImageFile(file);
              return true;
            },
            handleDrop: (view, event, _slice, moved) => {
              const [file] = imageFiles(event.dataTransfer);
              if (!file || moved) return false;
              const place = view.posAtCoords({ left: event.clientX, top: event.clientY });
              if (place) view.dispatch(view.state.tr.setSelection(TextSelection.near(view.state.doc.resolve(place.pos))));
              onImageFile(file);
              return true;
            },
          },
        }),
      ];
    },
  });
}
