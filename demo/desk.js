// The demo desk's only behaviour: switch the composer between a public reply and an internal note
// (the way real desks do, with a tab), and pretend to send. Nothing leaves the page.
(function () {
  'use strict';

  var composer = document.getElementById('composer');
  var body = document.getElementById('reply-body');
  var label = document.getElementById('reply-label');
  var to = document.getElementById('composer-to');
  var send = document.getElementById('send');
  var status = document.getElementById('composer-status');
  var modes = Array.prototype.slice.call(composer.querySelectorAll('[data-mode]'));

  var copy = {
    reply: {
      label: 'Public reply to Dana Whitfield',
      placeholder: 'Write your reply to Dana…',
      send: 'Send reply',
    },
    'internal-note': {
      label: 'Internal note (only agents see this)',
      placeholder: 'Add an internal note for the team — Dana will not see it…',
      send: 'Add note',
    },
  };

  function setMode(mode) {
    // The composer carries its mode as data, so tools reading the page (like Rapport) need not guess.
    composer.setAttribute('data-rapport-kind', mode);
    composer.classList.toggle('composer--internal-note', mode === 'internal-note');
    modes.forEach(function (tab) {
      var selected = tab.getAttribute('data-mode') === mode;
      tab.setAttribute('aria-selected', String(selected));
      tab.classList.toggle('is-selected', selected);
      tab.tabIndex = selected ? 0 : -1;
    });
    label.textContent = copy[mode].label;
    body.placeholder = copy[mode].placeholder;
    send.textContent = copy[mode].send;
    to.hidden = mode === 'internal-note';
    status.textContent = '';
  }

  modes.forEach(function (tab, index) {
    tab.addEventListener('click', function () {
      setMode(tab.getAttribute('data-mode'));
      body.focus();
    });
    // Arrow keys move between the two tabs, as in any tablist.
    tab.addEventListener('keydown', function (event) {
      if (event.key !== 'ArrowLeft' && event.key !== 'ArrowRight') return;
      var next = modes[(index + (event.key === 'ArrowRight' ? 1 : modes.length - 1)) % modes.length];
      setMode(next.getAttribute('data-mode'));
      next.focus();
      event.preventDefault();
    });
  });

  composer.addEventListener('submit', function (event) {
    event.preventDefault();
    status.textContent = body.value.trim()
      ? 'Demo desk: nothing is sent anywhere. Your draft stays in the box.'
      : 'Write something first.';
  });

  setMode(composer.getAttribute('data-rapport-kind') || 'reply');
  // Open on the latest message, as desks do.
  var thread = document.getElementById('thread-scroll');
  thread.scrollTop = thread.scrollHeight;
})();
