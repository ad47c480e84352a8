import { marked } from 'marked';
console.log(marked.parse('# Title\n\nSome *emphasis* and `code`.\n\n- one\n- two\n'));
