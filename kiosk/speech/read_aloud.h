// What the speaker button reads on each visitor screen: the words a pupil who reads Dutch poorly,
// or a newcomer, needs to go on, in the visitor's language and from the same content the screen
// shows. Plain sentences only: the symbols a screen draws for the eye (‹ › ·) are left out or
// become pauses, so espeak-ng does not spell them.
#pragma once

#include <string>

#include "core/content.h"
#include "core/session.h"

namespace kiosk {

// The text read aloud on the session's screen, with `content` in the visitor's language:
//   attract      the invitation (title, what to do, how to start)
//   question     progress, whose turn ("samen"), the question, its help, the options ("..., of ...")
//   results      the heading, where the pupil starts, then each programme shown with its match
//                word and its first reason; the surprise last
//   programme    name, level and leerweg, what you do, how you learn
//   explain      the Uitleg mbo cards (title and short text; the details of those opened)
//   favourite, reflect, step, finish, compare, browse: their question or heading and choices
// While "Wil je stoppen?" is asked, that question and its two answers instead. Empty where
// there is nothing to read (the language list).
std::string read_aloud_text(const Content& content, const Session& session);

// Whether the kiosk offers reading aloud in this content's language: the pack allows it
// (`read_aloud` in event.ini) and espeak-ng has a voice for the language.
bool read_aloud_offered(const Content& content);

}  // namespace kiosk
