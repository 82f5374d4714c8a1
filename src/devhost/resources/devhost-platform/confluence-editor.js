// Devhost's thin stand-in for Confluence's page editor (/pages/editpage.action). It offers apps exactly what
// Confluence's editor offers the journey-map macro's front end, and nothing more:
//   AJS.MacroBrowser.setMacroJsOverride(name, { opener })   - Confluence's macro browser calls opener(macro)
//   tinymce.confluence.macrobrowser.macroBrowserComplete({ name, params })   - inserts or updates the macro
//   tinymce.confluence.macrobrowser.macroBrowserCancel()   - the dialog closed without a change
// Around them: a contenteditable surface, macro placeholders (img.editor-inline-macro with data-macro-name and
// data-macro-parameters, as Confluence's editor has them), "Insert macro", a `{` autocomplete, a placeholder's
// Edit/Remove panel, and Save, which turns the surface back into storage format and posts it.
(function () {
    'use strict';

    var form = null;
    var surface = null;
    var overrides = {};
    var editedPlaceholder = null;
    var savedRange = null;
    var hidePlaceholderPanel = function () {};

    // Confluence.MacroParameterSerializer's format: k=v|k2=v2, with \, = and | escaped by a backslash.
    function escapeParam(text) {
        return String(text).replace(/\\/g, '\\\\').replace(/=/g, '\\=').replace(/\|/g, '\\|');
    }

    function serialize(params) {
        return Object.keys(params || {}).map(function (name) {
            return escapeParam(name) + '=' + escapeParam(params[name]);
        }).join('|');
    }

    function split(text, separator) {
        var parts = [];
        var current = '';
        for (var i = 0; i < text.length; i++) {
            if (text[i] === '\\' && i + 1 < text.length) {
                current += text[++i];
            } else if (text[i] === separator) {
                parts.push(current);
                current = '';
            } else {
                current += text[i];
            }
        }
        parts.push(current);
        return parts;
    }

    function deserialize(text) {
        var params = {};
        if (!text) {
            return params;
        }
        // Split on unescaped '|', then on the first unescaped '='.
        var pairs = [];
        var current = '';
        for (var i = 0; i < text.length; i++) {
            if (text[i] === '\\' && i + 1 < text.length) {
                current += text[i] + text[++i];
            } else if (text[i] === '|') {
                pairs.push(current);
                current = '';
            } else {
                current += text[i];
            }
        }
        pairs.push(current);
        pairs.forEach(function (pair) {
            var nameAndValue = split(pair, '=');
            if (nameAndValue.length >= 2 && nameAndValue[0]) {
                params[nameAndValue[0]] = nameAndValue.slice(1).join('=');
            }
        });
        return params;
    }

    function xml(text) {
        return String(text).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
    }

    // The placeholder's picture: the macro's name and parameters, as Confluence's placeholder image shows them.
    function decorate(img) {
        var name = img.getAttribute('data-macro-name');
        var params = deserialize(img.getAttribute('data-macro-parameters'));
        var summary = Object.keys(params).map(function (key) { return key + ' = ' + params[key]; }).join('  \u00b7  ');
        var svg = '<svg xmlns="http://www.w3.org/2000/svg" width="640" height="52">'
            + '<rect x="0.5" y="0.5" width="639" height="51" rx="3" fill="#f4f5f7" stroke="#c1c7d0"/>'
            + '<rect x="12" y="12" width="28" height="28" rx="3" fill="#0052cc"/>'
            + '<text x="52" y="23" font-family="Arial, sans-serif" font-size="14" font-weight="bold" fill="#172b4d">'
            + xml(name) + '</text>'
            + '<text x="52" y="41" font-family="Arial, sans-serif" font-size="12" fill="#42526e">' + xml(summary) + '</text></svg>';
        img.src = 'data:image/svg+xml;charset=utf-8,' + encodeURIComponent(svg);
        img.alt = name + (summary ? ': ' + summary : '');
        img.title = img.alt;
        img.draggable = false;
    }

    function placeholder(name, params) {
        var img = document.createElement('img');
        img.className = 'editor-inline-macro';
        img.setAttribute('data-macro-name', name);
        img.setAttribute('data-macro-parameters', serialize(params));
        img.setAttribute('data-macro-schema-version', '1');
        decorate(img);
        return img;
    }

    function status(text) {
        document.getElementById('dh-editor-status').textContent = text;
    }

    // Confluence's AJS.MacroBrowser.open, reduced to what a macro with a JS override needs.
    function openMacroBrowser(macro) {
        var override = overrides[macro.name];
        if (override && typeof override.opener === 'function') {
            override.opener(macro);
        } else {
            status('devhost has no parameter form for macro "' + macro.name + '"');
        }
    }

    window.AJS = window.AJS || {};
    window.AJS.MacroBrowser = {
        setMacroJsOverride: function (name, override) {
            overrides[name] = override;
            return override;
        }
    };

    window.tinymce = {
        confluence: {
            macrobrowser: {
                macroBrowserComplete: function (macro) {
                    var img = placeholder(macro.name, macro.params);
                    if (editedPlaceholder && surface.contains(editedPlaceholder)) {
                        editedPlaceholder.replaceWith(img);
                    } else {
                        insertBlock(img);
                    }
                    editedPlaceholder = null;
                    hidePlaceholderPanel();
                    surface.focus();
                    status('Macro "' + macro.name + '" ' + (img.previousSibling || img.nextSibling ? 'placed' : 'inserted'));
                },
                macroBrowserCancel: function () {
                    editedPlaceholder = null;
                    surface.focus();
                    restoreRange();
                }
            }
        }
    };

    // A macro is a block: it replaces an empty paragraph at the cursor, or goes after the cursor's paragraph.
    function insertBlock(img) {
        var block = null;
        if (savedRange && surface.contains(savedRange.startContainer)) {
            block = savedRange.startContainer;
            while (block && block.parentNode !== surface) {
                block = block.parentNode;
            }
        }
        if (block === null || block === surface) {
            surface.appendChild(img);
        } else if (block.nodeType === Node.ELEMENT_NODE && block.tagName === 'P' && block.textContent.trim() === '') {
            block.replaceWith(img);
        } else {
            block.after(img);
        }
        if (!img.nextSibling) {
            var paragraph = document.createElement('p');
            paragraph.appendChild(document.createElement('br'));
            img.after(paragraph);
        }
    }

    function rememberRange() {
        var selection = window.getSelection();
        if (selection.rangeCount > 0 && surface.contains(selection.getRangeAt(0).startContainer)) {
            savedRange = selection.getRangeAt(0).cloneRange();
        }
    }

    function restoreRange() {
        if (savedRange) {
            var selection = window.getSelection();
            selection.removeAllRanges();
            selection.addRange(savedRange);
        }
    }

    // The page's editor, once its elements exist; the API above is there before any app script runs.
    function setUp() {
        form = document.getElementById('editpageform');
        surface = document.getElementById('wysiwygTextarea');
        if (form === null || surface === null) {
            return;
        }
        // ----- The placeholder's panel: Edit and Remove.
        var panel = document.createElement('div');
        panel.className = 'dh-macro-panel';
        panel.setAttribute('role', 'toolbar');
        panel.setAttribute('aria-label', 'Macro');
        panel.hidden = true;
        var editButton = button('Edit', 'dh-macro-edit');
        var removeButton = button('Remove', 'dh-macro-remove');
        panel.append(editButton, removeButton);
        form.appendChild(panel);
        var selectedPlaceholder = null;
        hidePlaceholderPanel = function () {
            selectPlaceholder(null);
        };

        function button(label, id) {
            var b = document.createElement('button');
            b.type = 'button';
            b.id = id;
            b.className = 'aui-button aui-button-compact';
            b.textContent = label;
            return b;
        }

        function selectPlaceholder(img) {
            if (selectedPlaceholder) {
                selectedPlaceholder.classList.remove('dh-selected');
            }
            selectedPlaceholder = img;
            panel.hidden = img === null;
            if (img) {
                img.classList.add('dh-selected');
                var box = img.getBoundingClientRect();
                var formBox = form.getBoundingClientRect();
                panel.style.left = (box.left - formBox.left) + 'px';
                panel.style.top = (box.bottom - formBox.top + 4) + 'px';
            }
        }

        function editPlaceholder(img) {
            editedPlaceholder = img;
            openMacroBrowser({
                name: img.getAttribute('data-macro-name'),
                params: deserialize(img.getAttribute('data-macro-parameters')),
                defaultParameterValue: '',
                body: ''
            });
        }

        surface.addEventListener('click', function (event) {
            selectPlaceholder(event.target.matches && event.target.matches('img.editor-inline-macro') ? event.target : null);
        });
        surface.addEventListener('dblclick', function (event) {
            if (event.target.matches && event.target.matches('img.editor-inline-macro')) {
                editPlaceholder(event.target);
            }
        });
        editButton.addEventListener('click', function () {
            if (selectedPlaceholder) {
                editPlaceholder(selectedPlaceholder);
            }
        });
        removeButton.addEventListener('click', function () {
            if (selectedPlaceholder) {
                selectedPlaceholder.remove();
                selectPlaceholder(null);
                surface.focus();
            }
        });

        // ----- The macro list: "Insert macro" and the `{` autocomplete share it.
        var macroNames = (form.getAttribute('data-macros') || '').split(',').filter(Boolean);
        var menu = document.createElement('ul');
        menu.className = 'dh-macro-menu';
        menu.id = 'dh-macro-menu';
        menu.setAttribute('role', 'listbox');
        menu.setAttribute('aria-label', 'Macros');
        menu.tabIndex = -1;
        menu.hidden = true;
        form.appendChild(menu);
        var menuState = null; // { items, active, typed: { node, offset, length } | null }

        function showMenu(names, anchorBox, typed) {
            menu.replaceChildren();
            names.forEach(function (name, index) {
                var item = document.createElement('li');
                item.id = 'dh-macro-option-' + index;
                item.setAttribute('role', 'option');
                item.setAttribute('data-macro-name', name);
                item.textContent = name;
                item.addEventListener('mousedown', function (event) {
                    event.preventDefault();
                    choose(index);
                });
                menu.appendChild(item);
            });
            var formBox = form.getBoundingClientRect();
            menu.style.left = (anchorBox.left - formBox.left) + 'px';
            menu.style.top = (anchorBox.bottom - formBox.top + 2) + 'px';
            menu.hidden = false;
            menuState = { items: names, active: 0, typed: typed };
            highlight();
        }

        function highlight() {
            Array.prototype.forEach.call(menu.children, function (item, index) {
                item.setAttribute('aria-selected', String(index === menuState.active));
            });
            var owner = menuState.typed ? surface : menu;
            owner.setAttribute('aria-activedescendant', 'dh-macro-option-' + menuState.active);
        }

        function hideMenu() {
            menu.hidden = true;
            menuState = null;
            surface.removeAttribute('aria-activedescendant');
        }

        function choose(index) {
            var name = menuState.items[index];
            var typed = menuState.typed;
            hideMenu();
            if (typed) {
                typed.node.deleteData(typed.offset, typed.length);
                var range = document.createRange();
                range.setStart(typed.node, typed.offset);
                range.collapse(true);
                savedRange = range;
            }
            editedPlaceholder = null;
            openMacroBrowser({ name: name });
        }

        function menuKey(event) {
            if (!menuState) {
                return false;
            }
            if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
                var step = event.key === 'ArrowDown' ? 1 : -1;
                menuState.active = (menuState.active + step + menuState.items.length) % menuState.items.length;
                highlight();
            } else if (event.key === 'Enter' || event.key === 'Tab') {
                choose(menuState.active);
            } else if (event.key === 'Escape') {
                var fromButton = !menuState.typed;
                hideMenu();
                (fromButton ? document.getElementById('rte-button-insert-macro') : surface).focus();
            } else {
                return false;
            }
            event.preventDefault();
            return true;
        }

        document.getElementById('rte-button-insert-macro').addEventListener('click', function (event) {
            showMenu(macroNames, event.currentTarget.getBoundingClientRect(), null);
            menu.focus();
        });
        menu.addEventListener('keydown', menuKey);
        menu.addEventListener('blur', function () {
            if (menuState && !menuState.typed) {
                hideMenu();
            }
        });

        surface.addEventListener('keydown', menuKey);
        surface.addEventListener('input', function () {
            var selection = window.getSelection();
            if (selection.rangeCount === 0 || !selection.isCollapsed || selection.anchorNode.nodeType !== Node.TEXT_NODE) {
                hideMenu();
                return;
            }
            var node = selection.anchorNode;
            var match = /\{([a-z0-9-]*)$/i.exec(node.data.slice(0, selection.anchorOffset));
            var names = match ? macroNames.filter(function (name) { return name.indexOf(match[1].toLowerCase()) >= 0; }) : [];
            if (names.length === 0) {
                hideMenu();
                return;
            }
            showMenu(names, selection.getRangeAt(0).getBoundingClientRect(),
                { node: node, offset: selection.anchorOffset - match[0].length, length: match[0].length });
        });
        document.addEventListener('selectionchange', rememberRange);

        // ----- Save: the surface back to storage format.
        var VOID = { br: true, hr: true };
        var KEPT = /^(p|h[1-6]|ul|ol|li|strong|em|b|i|u|s|sub|sup|code|pre|blockquote|a|table|tbody|thead|tr|th|td|br|hr)$/;

        function macroStorage(img) {
            var params = deserialize(img.getAttribute('data-macro-parameters'));
            return '<ac:structured-macro ac:name="' + xml(img.getAttribute('data-macro-name')) + '" ac:schema-version="1">'
                + Object.keys(params).map(function (name) {
                    return '<ac:parameter ac:name="' + xml(name) + '">' + xml(params[name]) + '</ac:parameter>';
                }).join('') + '</ac:structured-macro>';
        }

        function toStorage(parent) {
            var out = '';
            parent.childNodes.forEach(function (node) {
                if (node.nodeType === Node.TEXT_NODE) {
                    out += xml(node.data);
                } else if (node.nodeType === Node.ELEMENT_NODE && node.matches('img.editor-inline-macro')) {
                    out += macroStorage(node);
                } else if (node.nodeType === Node.ELEMENT_NODE) {
                    var tag = node.tagName.toLowerCase() === 'div' ? 'p' : node.tagName.toLowerCase();
                    if (!KEPT.test(tag)) {
                        out += toStorage(node); // formatting the editor does not keep: its text stays
                    } else if (VOID[tag]) {
                        out += '<' + tag + ' />';
                    } else {
                        var href = tag === 'a' && node.getAttribute('href') ? ' href="' + xml(node.getAttribute('href')) + '"' : '';
                        out += '<' + tag + href + '>' + toStorage(node) + '</' + tag + '>';
                    }
                }
            });
            return out;
        }

        form.addEventListener('submit', function (event) {
            event.preventDefault();
            var pageId = document.querySelector('meta[name="ajs-page-id"]').content;
            status('Saving\u2026');
            fetch(form.getAttribute('data-save-url'), {
                method: 'POST',
                credentials: 'same-origin',
                headers: { 'X-Atlassian-Token': 'no-check', 'Content-Type': 'application/x-www-form-urlencoded' },
                body: new URLSearchParams({ pageId: pageId, storage: toStorage(surface) })
            }).then(function (response) {
                if (response.ok) {
                    window.location.assign(form.getAttribute('data-view-url'));
                } else {
                    status('Not saved: HTTP ' + response.status);
                }
            }, function (error) {
                status('Not saved: ' + error.message);
            });
        });

        document.execCommand('defaultParagraphSeparator', false, 'p');
        surface.querySelectorAll('img.editor-inline-macro').forEach(decorate);
    }

    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', setUp);
    } else {
        setUp();
    }
})();
