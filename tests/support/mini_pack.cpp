#include "support/mini_pack.h"

#include <catch2/catch.hpp>

#include "pack/pack_reader.h"

namespace test {

kiosk::PackFiles mini_pack() {
    kiosk::PackFiles files;
    files["pack.ini"] = "[pack]\nformat = 2\nname = Mini\nversion = 1\n";
    files["event.ini"] =
        "[event]\nid = T-1\nname = Testdag\nschool = ROC Test\ndate = 2026-11-28\n"
        "[kiosk]\nidle_seconds = 30\ncountdown_seconds = 10\nresults = 2\n"
        "[portfolio]\nviewer_url = https://example.nl/v/\n"
        "[location.a]\nname = Locatie A\nfeatures = groot=1\n"
        "[location.b]\nname = Locatie B\nfeatures = klein=1\n";
    files["features.ini"] =
        "[feature.praktijk]\n[feature.theorie]\n[feature.bol]\n[feature.bbl]\n[feature.mensen]\n"
        "[feature.techniek]\n[feature.groot]\n[feature.klein]\n[feature.doorleren]\n"
        "[level.2]\nname = Basis\n[level.3]\nname = Vak\n[level.4]\nname = Middenkader\nfeatures = doorleren=1\n"
        "[domain.zorg]\nname = Zorg\nfeatures = mensen=1\n"
        "[domain.techniek]\nname = Techniek\nfeatures = techniek=1\n";
    files["programmes.csv"] =
        "crebo;naam;domein;niveau;leerweg;locatie;duur_jaren;praktijk_procent;kenmerken;wat_je_doet;hoe_je_leert;stage;beoordeling;beroepen;doorstroom\n"
        "10001;Helpende;zorg;2;BOL/BBL;a;2;70;;Zorgen;Doen;Thuiszorg;Proeve;Helpende;Niveau 3\n"
        "10002;Monteur;techniek;3;BBL;b;3;60;mensen=0.2;Monteren;Werkplaats;Garage;Proeve;Monteur;Niveau 4\n"
        "10003;Technicus;techniek;4;BOL;a;4;40;;Ontwerpen;Projecten;Fabriek;Proeve;Technicus;Hbo\n"
        "10004;Verpleegkundige;zorg;4;BOL/BBL;b;4;30;;Verplegen;Lessen;Ziekenhuis;Proeve;Verpleegkundige;Hbo\n";
    files["questions.ini"] =
        "[question.vmbo]\ntext = Welke leerweg?\n"
        "[question.vmbo.basis]\ntext = Basis\nlevels = 2\n"
        "[question.vmbo.tl]\ntext = Theoretisch\nlevels = 3 4\n"
        "[question.leren]\ntext = Hoe leer je?\n"
        "[question.leren.doen]\ntext = Doen\nweights = praktijk=3\nreason = Bij {naam} ben je {praktijk_procent}% in de praktijk.\n"
        "[question.leren.boek]\ntext = Boeken\nweights = theorie=3\nreason = Theorie past bij je.\n"
        "[question.graag]\ntext = Wat doe je graag?\npick = 2\n"
        "[question.graag.mensen]\ntext = Mensen helpen\nweights = mensen=2\nreason = Je helpt graag mensen.\n"
        "[question.graag.techniek]\ntext = Techniek\nweights = techniek=2\nreason = Je houdt van techniek.\n";
    files["texts/nl.ini"] =
        "[reasons]\nlevel_fits = Niveau {niveau} past bij je.\nlater_route = Start op {startniveau}, dan {niveau}.\n";
    return files;
}

kiosk::Content mini_content() {
    kiosk::PackReadResult result = kiosk::read_pack(mini_pack());
    REQUIRE(result.ok());
    return std::move(result.content);
}

}  // namespace test
